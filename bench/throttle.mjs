// Shared by the browser benchmarks: Debian's Chromium, and a page under Lighthouse's mobile
// throttling (150 ms round trip, 1.6 Mbps down, 750 Kbps up, 4x slower CPU) set through the
// DevTools protocol.
import { chromium } from "playwright-core";

export const THROTTLING = { round_trip_ms: 150, download_mbps: 1.6, upload_kbps: 750, cpu_slowdown: 4 };

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"],
  });
}

/**
 * A new mobile-sized page under throttling; `cold` also turns the HTTP cache off;
 * `serviceWorkers: "block"` keeps the site's worker from installing.
 */
export async function throttledPage(browser, { cold = true, throttle = true, serviceWorkers = "allow" } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  if (cold) await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttle) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: THROTTLING.round_trip_ms,
      downloadThroughput: (THROTTLING.download_mbps * 1024 * 1024) / 8,
      uploadThroughput: (THROTTLING.upload_kbps * 1024) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLING.cpu_slowdown });
  }
  return { context, page, cdp };
}

export const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};
