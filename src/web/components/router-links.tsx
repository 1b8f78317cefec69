import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

// Mantine components rendered as router links: typed `to`/`params`/`search`, client-side
// navigation, `aria-current="page"` on the active one, and preloading on hover or focus.

type AnchorElementProps = Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>;

function AnchorBase(props: AnchorProps & AnchorElementProps) {
  return <Anchor {...props} />;
}
const CreatedAnchorLink = createLink(AnchorBase);
export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);

function ButtonBase(props: ButtonProps & AnchorElementProps) {
  return <Button component="a" {...props} />;
}
const CreatedButtonLink = createLink(ButtonBase);
export const ButtonLink: LinkComponent<typeof ButtonBase> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);

function NavLinkBase(props: NavLinkProps & AnchorElementProps) {
  return <NavLink component="a" {...props} />;
}
const CreatedNavLink = createLink(NavLinkBase);
/** A Mantine NavLink that is highlighted while its route (or a route below it) is open. */
export const RouterNavLink: LinkComponent<typeof NavLinkBase> = (props) => (
  <CreatedNavLink preload="intent" activeProps={{ 'data-active': true } as object} {...props} />
);
