import { contrastRatio } from '@meedoen/shared';
import type { CSSProperties } from 'react';

/** A municipality as `GET /api/v1/municipalities` lists it. */
export interface MunicipalitySummary {
  code: string;
  name: string;
  region: string;
  themeColor: string;
}

/** Dark blue used before a municipality is known; 10:1 against white. */
export const DEFAULT_PRIMARY_COLOR = '#154273';

const WHITE = '#ffffff';
const MINIMUM_TEXT_CONTRAST = 4.5;

/**
 * The primary colour for a municipality's theme. White text sits on it, so a colour that is not
 * readable with white (or not a #rrggbb colour at all) falls back to the default.
 */
export function primaryColorFor(themeColor: string | null | undefined): string {
  if (!themeColor) return DEFAULT_PRIMARY_COLOR;
  try {
    return contrastRatio(themeColor, WHITE) >= MINIMUM_TEXT_CONTRAST ? themeColor.toLowerCase() : DEFAULT_PRIMARY_COLOR;
  } catch {
    return DEFAULT_PRIMARY_COLOR;
  }
}

/** Inline custom properties for the `.meedoen-theme` root; the stylesheet derives hover and light tints from them. */
export function municipalityThemeStyle(themeColor: string | null | undefined): CSSProperties {
  return { '--meedoen-primary': primaryColorFor(themeColor) } as CSSProperties;
}
