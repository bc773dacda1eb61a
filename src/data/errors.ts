/** A data file that could not be used, named so the planner (and we) know which one and why. */
export class DataError extends Error {
  constructor(
    public readonly file: string,
    public readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataError';
  }
}
