import { gate, gatePasses } from "../../../src/engine/selection/gate";

describe("gate (MSP.GATE)", () => {
  test.each([true, 1, "yes", "YES", " Pass ", "y", "Y"])("%p passes", (g) =>
    expect(gatePasses(g)).toBe(true)
  );
  test.each([false, 0, 2, "no", "n", "", null, undefined, "fail", "yess"])("%p fails", (g) =>
    expect(gatePasses(g)).toBe(false)
  );

  test("total when every gate passes, else Excluded", () => {
    expect(gate(3.9, [true, "yes", "pass"])).toBe(3.9);
    expect(gate(3.9, [true, "no"])).toBe("Excluded");
    expect(gate(3.9, [true, null])).toBe("Excluded");
  });
});
