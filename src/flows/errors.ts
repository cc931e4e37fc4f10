// The error a bad flow file raises at start-up: `flows/x.yaml: step id: what is wrong`.

export class FlowError extends Error {
  override name = 'FlowError';
  constructor(
    readonly file: string,
    readonly step: string | undefined,
    readonly problem: string,
  ) {
    super(step ? `${file}: ${step}: ${problem}` : `${file}: ${problem}`);
  }
}

/** Several bad flows at once, so an editor sees all problems in one start. */
export class FlowErrors extends Error {
  override name = 'FlowErrors';
  constructor(readonly errors: FlowError[]) {
    super(`Some flows are invalid and welkom did not start:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
}
