import { TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { WELLBEING_COLORS, type WellbeingColor } from '../../core/detection/wellbeing.ts';
import { formatDate } from '../ui/format.ts';
import type { WellbeingChild } from './detection-api.ts';
import classes from './wellbeing.module.css';
import { COLOR_DIGIT } from './wellbeing-keys.ts';

export interface Rating {
  color: WellbeingColor;
  note: string;
}

interface Props {
  child: WellbeingChild;
  index: number;
  rating: Rating | undefined;
  labels: Record<WellbeingColor, string>;
  /** the keyboard help, read with the first child only */
  describedBy: string | undefined;
  rowRef: (element: HTMLDivElement | null) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onRate: (color: WellbeingColor) => void;
  onNote: (note: string) => void;
  onNoteDone: () => void;
}

/** The short word on the button; the API's label ("Gul: opmærksomhed") is read as its name. */
const SHORT: Record<WellbeingColor, string> = { green: 'Grøn', yellow: 'Gul', red: 'Rød' };

/**
 * One child: name and previous rating, then green / yellow / red as native radios (one Tab stop
 * per child, arrow keys within, a screen reader says "radio, 1 of 3"). Colour is never alone:
 * every choice has its word, and the chosen one a check mark and a bold border.
 */
export function RatingRow(props: Props) {
  const { child, index, rating, labels, describedBy, rowRef, onKeyDown, onRate, onNote, onNoteDone } = props;
  const nameId = `child-${child.id}`;
  const name = `${child.firstName} ${child.lastName}`;
  const previous = child.previous;
  return (
    <li className={classes.row}>
      <div id={nameId}>
        <span className={classes.name}>
          {index + 1}. {name}
        </span>
        <span className={classes.previous}>
          {previous ? (
            <>
              <span className={`${classes.swatch} ${classes[previous.color]}`} aria-hidden="true" />
              Forrige: {previous.label}, {formatDate(previous.ratedOn)}
            </>
          ) : (
            'Ikke vurderet før'
          )}
        </span>
      </div>
      <div
        role="radiogroup"
        aria-labelledby={nameId}
        aria-describedby={describedBy}
        className={classes.choices}
        ref={rowRef}
        onKeyDown={onKeyDown}
      >
        {WELLBEING_COLORS.map((color) => {
          const id = `rating-${child.id}-${color}`;
          const checked = rating?.color === color;
          return (
            <span key={color} className={classes.choice}>
              <input
                type="radio"
                id={id}
                name={`rating-${child.id}`}
                value={color}
                checked={checked}
                onChange={() => onRate(color)}
                aria-label={labels[color]}
              />
              <label htmlFor={id} className={classes[color]}>
                <span className={classes.check} aria-hidden="true">
                  {checked ? '✓' : ''}
                </span>
                <span className={`${classes.swatch} ${classes[color]}`} aria-hidden="true" />
                {SHORT[color]}
                <kbd className={classes.kbd}>{COLOR_DIGIT[color]}</kbd>
              </label>
            </span>
          );
        })}
      </div>
      {rating && rating.color !== 'green' && (
        <div className={classes.note}>
          <TextInput
            label={`Bemærkning om ${name} (frivillig)`}
            value={rating.note}
            maxLength={500}
            onChange={(event) => onNote(event.currentTarget.value)}
            onKeyDown={(event) => {
              // Enter moves on instead of submitting the round.
              if (event.key === 'Enter') {
                event.preventDefault();
                onNoteDone();
              }
            }}
          />
        </div>
      )}
    </li>
  );
}
