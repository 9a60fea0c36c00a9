/**
 * Debian's Chromium, as the browser tests and the Lighthouse audit run it (installed by .ci/run with
 * apt-get; no tool downloads a browser of its own). The flags keep it headless-friendly as root and stop it
 * phoning home, which this machine's closed network would refuse mid-measurement.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
