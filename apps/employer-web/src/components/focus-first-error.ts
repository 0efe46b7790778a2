/** After a failed submit, the first field with an error inside `container` (a CSS selector) gets focus. */
export function focusFirstError(container: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`${container} [aria-invalid="true"]`)?.focus());
}
