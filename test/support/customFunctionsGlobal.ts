/**
 * The `CustomFunctions` global that Excel provides to custom functions at run time: the error
 * class and codes (with Excel's display strings), and `associate` recording what is registered.
 * Jest installs it before every test file.
 */
export class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

export const associated = new Map<string, unknown>();

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: (id: string, fn: unknown) => associated.set(id, fn),
  },
});
