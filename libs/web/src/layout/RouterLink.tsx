import { Link, NavLink, type LinkProps, type NavLinkProps } from 'react-router';
import { classNames } from '../class-names';

/** A react-router link that looks like the NL Design System link. */
export function RouterLink({ className, ...props }: LinkProps) {
  return <Link {...props} className={classNames('utrecht-link', 'utrecht-link--html-a', className)} />;
}

const BUTTON_LINK_APPEARANCE = {
  'primary-action-button': 'utrecht-button-link--primary-action',
  'secondary-action-button': 'utrecht-button-link--secondary-action',
} as const;

/** A react-router link that looks like a button: for "go somewhere" actions such as "Inloggen". */
export function RouterButtonLink({
  appearance = 'primary-action-button',
  className,
  ...props
}: LinkProps & { appearance?: keyof typeof BUTTON_LINK_APPEARANCE }) {
  return (
    <Link
      {...props}
      className={classNames('utrecht-button-link', 'utrecht-button-link--html-a', BUTTON_LINK_APPEARANCE[appearance], className)}
    />
  );
}

/** A menu link; react-router sets aria-current="page" on the link of the current page. */
export function RouterNavLink({ className, ...props }: NavLinkProps & { className?: string }) {
  return <NavLink {...props} className={classNames('utrecht-link', 'utrecht-link--html-a', className)} />;
}
