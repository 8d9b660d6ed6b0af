/** The popup's "Gloss on this site" switch over the settings' disabled-sites list. */
import { normaliseHost, type Settings, withSite } from '../../core/settings';

/** The listed entry that switches `host` off (itself or a parent domain), if any. */
export function listedEntry(settings: Settings, host: string): string | undefined {
  return settings.disabledSites.find((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * The disabled-sites list with `host` switched on or off. Switching on also removes a
 * parent domain that covers it (the switch must actually turn Gloss on for this site);
 * the popup says so beforehand.
 */
export function sitesWith(settings: Settings, host: string, on: boolean): readonly string[] {
  if (!on) return withSite(settings, host, true).disabledSites;
  return settings.disabledSites.filter((site) => !(host === site || host.endsWith(`.${site}`)));
}

/** The host of a page URL as the site list stores it, or null for pages that have none. */
export function hostOf(url: string): string | null {
  return /^https?:\/\//i.test(url) ? normaliseHost(url) : null;
}
