/** Joins the class names that apply: `classNames('a', isB && 'b')`. */
export function classNames(...names: ReadonlyArray<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
