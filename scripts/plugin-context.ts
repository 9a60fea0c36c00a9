/**
 * What the build plugins' tests pass as `this` to a hook that may stop the build: `error` throws, as
 * Vite's does, so a test can expect the message.
 */
export type PluginContext = { error(message: string): never };

export const failingPluginContext: PluginContext = {
  error(message) {
    throw new Error(message);
  },
};
