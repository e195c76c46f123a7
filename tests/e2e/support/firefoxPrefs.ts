/**
 * Firefox preferences for end-to-end runs: a quiet, offline-by-construction
 * profile with a known moz-extension:// UUID.
 *
 * Offline by construction: every non-loopback request is sent to our own
 * recording proxy on 127.0.0.1 (see firefoxProxy.ts), which logs it and never
 * forwards it. Firefox does not proxy 127.0.0.1/localhost (unless
 * network.proxy.allow_hijacking_localhost is set, which we pin to false), so
 * the test pages still load directly. The background-service prefs below keep
 * Firefox's own chatter out of the proxy log, so that a test can assert "no
 * request left 127.0.0.1" and mean it.
 */

/** Our add-on id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'sourcelight@sourcelight.invalid';

/**
 * Firefox picks a random moz-extension:// host per profile; the
 * `extensions.webextensions.uuids` pref (a JSON map id → uuid) is read at
 * install time, so pinning it makes extension page URLs known in advance.
 */
export const FIREFOX_EXTENSION_UUID = '5e1f0c2a-7d3b-4c8e-9a61-2f4b8d0e6c13';

export function firefoxPrefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    // permissions.request() for an optional permission grants without a
    // doorhanger (still requires a user gesture: a real click via BiDi input).
    'extensions.webextOptionalPermissionPrompts': false,
    // No "extension installed" / onboarding UI competing for focus.
    'extensions.ui.notifyUnsigned': false,
    'extensions.install_origins.enabled': false,

    // --- everything non-loopback goes to the recording proxy ---
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.socks_remote_dns': true,
    // No DNS of our own: no prefetch, no speculative connections, no DoH.
    'network.dns.disablePrefetch': true,
    'network.dns.disablePrefetchFromHTTPS': true,
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.trr.mode': 5,
    'network.dns.native_https_query': false,

    // --- Firefox's own background traffic off ---
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': 'http://127.0.0.1:9/',
    'toolkit.coverage.endpoint.base': '',
    'browser.ping-centre.telemetry': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'extensions.getAddons.cache.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'extensions.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    // Honoured on release builds only with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 in
    // the environment (services-settings/Utils.sys.mjs), which firefox.ts sets;
    // this exact value makes Remote Settings skip all remote activity.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'services.sync.enabled': false,
    'identity.fxaccounts.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.showSponsored': false,
    'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.topsites.contile.enabled': false,
    'browser.urlbar.suggest.quicksuggest.sponsored': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'browser.search.geoip.url': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.aboutHomeSnippets.updateUrl': '',
    'browser.discovery.enabled': false,
    'browser.contentblocking.report.lockwise.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'geo.enabled': false,
    'geo.provider.network.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-manager.url': '',
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'nimbus.rsexperimentloader.enabled': false,
    'privacy.query_stripping.enabled': false,
  };
}
