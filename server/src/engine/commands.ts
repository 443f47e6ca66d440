// Commands that the engine's fixes ask the editor to run. The one definition: the protocol
// (../protocol.ts) re-exports it for the client, which registers the command.

/** Turn a regime on in the settings; its arguments are the regime id and the law's label. */
export const ENABLE_REGIME_COMMAND = 'privacyPolicy.enableRegime';
