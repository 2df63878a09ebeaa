/**
 * HTTPS options for a server on this machine (the dev server, `npm run serve:dist`): the
 * certificate from office-addin-dev-certs. Where trusting its CA needs sudo (Linux without it),
 * the certificates are still generated and used: the browser asks once to accept them.
 */
const fs = require("fs");

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    if (!fs.existsSync(defaults.localhostCertificatePath)) await devCerts.generateCertificates();
    console.warn(
      `Development certificate not trusted by this system (${String(error.message).split("\n")[0]}).`
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

module.exports = { httpsOptions };
