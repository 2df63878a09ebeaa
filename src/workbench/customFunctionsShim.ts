/**
 * The `CustomFunctions` global Excel gives custom functions, outside Excel (the workbench page,
 * tests, the benchmark): the error class and codes, and `associate`, which records each MSP.*
 * function as the add-in registers it (the build appends the associate calls to
 * src/functions/*.ts). Import this before them.
 */
export const associations = new Map<string, (...args: unknown[]) => unknown>();

export class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

Object.assign(globalThis, {
  CustomFunctions: {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associations.set(id, fn),
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  },
});
