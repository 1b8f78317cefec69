import { IconArrowDown, IconArrowUp, IconGripVertical } from '@tabler/icons-react';
import { type KeyboardEvent, type PointerEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import type { TextFormat } from './api.ts';
import { blocksText } from './markdown.ts';
import { dropIndex, moveItem } from './ordering.ts';
import classes from './quiz-play.module.css';
import { RichText, toBlocks } from './rich-text.tsx';

interface OrderingInputProps {
  options: Array<{ text: string }>;
  format: TextFormat;
  /** Display positions in the participant's order. */
  order: number[];
  onChange: (order: number[]) => void;
}

type FocusTarget = { item: number; control: 'handle' | 'up' | 'down' };

/**
 * Puts items in order by dragging (mouse, touch, pen) or by keyboard: the grip button
 * moves its item with the arrow keys (Home/End for first/last), and every item has up and
 * down buttons. Each move is announced: "‘Samenvatten’ staat nu op plaats 2 van 4."
 */
export function OrderingInput({ options, format, order, onChange }: OrderingInputProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const itemRefs = useRef(new Map<number, HTMLLIElement>());
  const controlRefs = useRef(new Map<string, HTMLElement>());
  const focusAfterMove = useRef<FocusTarget | null>(null);
  const labels = options.map((o) => labelOf(o.text, format));

  // Moving a focused element in the DOM can drop its focus: put it back after a move.
  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    controlRefs.current.get(`${target.item}:${target.control}`)?.focus();
  });

  const announce = (item: number, index: number) =>
    setAnnouncement(
      t('quizPlay.play.moved', { item: labels[item], position: index + 1, total: order.length }),
    );

  const move = (from: number, to: number, focus?: FocusTarget['control']) => {
    if (to < 0 || to >= order.length || from === to) return;
    const item = order[from]!;
    if (focus) focusAfterMove.current = { item, control: focus };
    onChange(moveItem(order, from, to));
    announce(item, to);
  };

  const onHandleKey = (event: KeyboardEvent, index: number) => {
    const targets: Record<string, number> = {
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      Home: 0,
      End: order.length - 1,
    };
    const to = targets[event.key];
    if (to === undefined) return;
    event.preventDefault();
    move(index, to, 'handle');
  };

  const startDrag = (event: PointerEvent<HTMLElement>, item: number, anyPointer: boolean) => {
    // Touch drags only from the grip, so swiping over the text still scrolls the page.
    if (event.button !== 0 || (!anyPointer && event.pointerType !== 'mouse')) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(item);
  };

  const onDragMove = (event: PointerEvent<HTMLElement>) => {
    if (dragging === null) return;
    const middles = order.map((item) => {
      const rect = itemRefs.current.get(item)?.getBoundingClientRect();
      return rect ? rect.top + rect.height / 2 : 0;
    });
    const from = order.indexOf(dragging);
    const to = dropIndex(middles, event.clientY, from);
    if (to !== from) onChange(moveItem(order, from, to));
  };

  const endDrag = () => {
    if (dragging === null) return;
    announce(dragging, order.indexOf(dragging));
    setDragging(null);
  };

  const dragHandlers = {
    onPointerMove: onDragMove,
    onPointerUp: endDrag,
    onPointerCancel: endDrag,
  };

  const setControl = (key: string) => (element: HTMLElement | null) => {
    if (element) controlRefs.current.set(key, element);
    else controlRefs.current.delete(key);
  };

  return (
    <>
      {/* Shown where there is a keyboard and mouse; screen readers always get it with the grip. */}
      <p id={hintId} className={`${classes.hint} ${classes.keysHint}`}>
        {t('quizPlay.play.orderKeys')}
      </p>
      <ol className={classes.orderList} aria-label={t('quizPlay.play.orderList')}>
        {order.map((item, index) => {
          const label = labels[item]!;
          const first = index === 0;
          const last = index === order.length - 1;
          return (
            <li
              key={item}
              ref={(element) => {
                if (element) itemRefs.current.set(item, element);
                else itemRefs.current.delete(item);
              }}
              className={classes.orderItem}
              data-dragging={dragging === item}
            >
              <button
                type="button"
                ref={setControl(`${item}:handle`)}
                className={classes.orderHandle}
                aria-label={label}
                aria-describedby={hintId}
                onKeyDown={(event) => onHandleKey(event, index)}
                onPointerDown={(event) => startDrag(event, item, true)}
                {...dragHandlers}
              >
                <IconGripVertical size={22} aria-hidden="true" />
              </button>
              <span
                className={classes.orderText}
                onPointerDown={(event) => startDrag(event, item, false)}
                {...dragHandlers}
              >
                <RichText text={options[item]!.text} format={format} mode="inline" />
              </span>
              <button
                type="button"
                ref={setControl(`${item}:up`)}
                className={`${classes.orderHandle} ${classes.orderButton}`}
                aria-label={t('quizPlay.play.moveUp', { item: label })}
                aria-disabled={first}
                onClick={() => move(index, index - 1, 'up')}
              >
                <IconArrowUp size={22} aria-hidden="true" />
              </button>
              <button
                type="button"
                ref={setControl(`${item}:down`)}
                className={`${classes.orderHandle} ${classes.orderButton}`}
                aria-label={t('quizPlay.play.moveDown', { item: label })}
                aria-disabled={last}
                onClick={() => move(index, index + 1, 'down')}
              >
                <IconArrowDown size={22} aria-hidden="true" />
              </button>
            </li>
          );
        })}
      </ol>
      <LiveStatus message={announcement} />
    </>
  );
}

/** An option's text without markup, for button names and announcements. */
const labelOf = (text: string, format: TextFormat): string => blocksText(toBlocks(text, format));
