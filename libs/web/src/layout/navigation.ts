/** One item of a portal's main menu; the label is already translated. */
export interface NavItem {
  to: string;
  label: string;
}
