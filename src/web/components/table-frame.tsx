import { Table } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface TableFrameProps {
  /** Says what the table lists; screen readers announce it with the table. */
  caption: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  children: ReactNode;
}

/**
 * A captioned table in a horizontally scrolling region. The region can take keyboard focus
 * (and is named after the caption), so people without a mouse can scroll it too.
 */
export function TableFrame({ caption, minWidth = 640, children }: TableFrameProps) {
  const captionId = useId();
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      type="native"
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
      className="table-region"
    >
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption id={captionId} ta="left">
          {caption}
        </Table.Caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
