/**
 * The accessibility statement: what it says about this copy of the site, from the site's
 * configuration (who publishes it, how to reach them, when the statement was prepared and reviewed).
 */
import { formatDate } from '../base/dates.ts';
import type { SiteConfig } from '../../site.config.ts';

export interface AccessibilityView {
  siteName: string;
  publisher: string;
  /** How readers reach the publisher; absent where none is configured (the page then says so). */
  contact?: { email?: string; mailto?: string; url?: string };
  prepared: string;
  reviewed: string;
}

export function accessibilityView(config: SiteConfig): AccessibilityView {
  const { contact, accessibilityStatement: dates } = config;
  return {
    siteName: config.name,
    publisher: config.publisher.name,
    ...(contact?.email || contact?.url
      ? {
          contact: {
            ...(contact.email ? { email: contact.email, mailto: `mailto:${contact.email}` } : {}),
            ...(contact.url ? { url: contact.url } : {}),
          },
        }
      : {}),
    prepared: formatDate(dates.prepared),
    reviewed: formatDate(dates.reviewed),
  };
}
