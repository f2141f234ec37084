import { Pill, TagsInput, type TagsInputProps } from '@mantine/core';
import { useLayoutEffect, useRef, type FocusEventHandler, type KeyboardEvent, type MouseEvent } from 'react';
import { useEditorStore } from '../../app/StoreContext';
import type { KeyPath } from '../../toml/types';
import { removeLabel, removeListItem } from './listItems';
import classes from './ListInput.module.css';

interface Props extends Omit<TagsInputProps, 'value' | 'onChange' | 'renderPill' | 'onFocus'> {
  /** the TOML key: the field's accessible name, and part of each remove button's name */
  fieldKey: string;
  /** the list's key path: a removed item is removed from the document by its index */
  path: KeyPath;
  value: string[];
  onChange: (value: string[]) => void;
  onFocus: () => void;
}

/** A list field (urls, to, roles): Mantine's TagsInput, whose pills' × is hidden from the keyboard and from screen
 *  readers (Backspace removes only the last item). Here each × is a button of its own in the Tab order, named
 *  "Remove <item> from <key>", and Delete or Backspace on it removes that item too. After a removal by keyboard
 *  the focus goes to the next item's button (the previous one at the end, the text box when none is left).
 *  A removed item (by its button or Backspace) is removed from the document as that one item, so only its text
 *  goes: the whole list written again would lose a multi-line layout, and its comments would move to other items. */
export function ListInput({ fieldKey, path, value, onChange, onFocus, ...rest }: Props) {
  const store = useEditorStore();
  const box = useRef<HTMLDivElement>(null);
  const focusAt = useRef<number | undefined>(undefined);
  const pressed = useRef<number | undefined>(undefined);
  const change = (next: string[]) => {
    removeListItem(store, path, value, next, pressed.current);
    pressed.current = undefined;
    // the form's own write then finds the document holding the list already, and writes nothing more
    onChange(next);
  };
  useLayoutEffect(() => {
    const at = focusAt.current;
    if (at === undefined || !box.current) return;
    focusAt.current = undefined;
    const buttons = box.current.querySelectorAll<HTMLButtonElement>('button[data-list-remove]');
    const next = buttons[Math.min(at, buttons.length - 1)] ?? box.current.querySelector<HTMLInputElement>('input:not([type="hidden"])');
    next?.focus();
  }, [value]);
  // which item a button removes: its place among the buttons (the same text may be in the list twice)
  const indexOf = (button: HTMLElement) => [...(box.current?.querySelectorAll('button[data-list-remove]') ?? [])].indexOf(button);
  // in the capture phase: before the Pill's own click handler removes the item (and React may render at once)
  const onRemoveClick = (e: MouseEvent<HTMLButtonElement>) => {
    const at = indexOf(e.currentTarget);
    pressed.current = at;
    // by keyboard (the button has the focus) the focus moves on; a mouse click leaves it where it was
    if (document.activeElement === e.currentTarget) focusAt.current = at;
  };
  const onRemoveKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      e.currentTarget.click();
    }
  };
  const focusIn: FocusEventHandler<HTMLDivElement> = () => onFocus();
  return (
    <div ref={box} onFocus={focusIn}>
      <TagsInput {...rest} value={value} onChange={change}
        renderPill={({ value: pill, onRemove, disabled }) => (
          <Pill withRemoveButton={!disabled} onRemove={onRemove} className={classes.pill}
            removeButtonProps={{
              className: classes.remove,
              tabIndex: 0,
              'aria-hidden': false,
              'aria-label': removeLabel(pill ?? '', fieldKey),
              title: removeLabel(pill ?? '', fieldKey),
              onClickCapture: onRemoveClick,
              onKeyDown: onRemoveKey,
              ...{ 'data-list-remove': true },
            }}>
            {pill}
          </Pill>
        )} />
    </div>
  );
}
