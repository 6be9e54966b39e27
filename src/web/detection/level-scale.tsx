import { Fieldset, Text, VisuallyHidden } from '@mantine/core';
import { BANDS } from '../../core/detection/scale.ts';
import classes from './scale.module.css';

interface Props {
  value: number | null;
  onChange: (level: number) => void;
  error: string | undefined;
  /** id of the fieldset, so a failed check can move focus here */
  id: string;
}

const levelsOf = (band: { min: number; max: number }) =>
  Array.from({ length: band.max - band.min + 1 }, (_, i) => band.max - i);

/**
 * Børnelinealen as one group of native radios, read from the top as the ruler is: 10 (the child
 * thrives) down to 1 (the child is in danger). Each band shows its Danish description from core,
 * so a teacher's 6 and a health visitor's 6 mean the same. Arrow keys move through all ten.
 */
export function LevelScale({ value, onChange, error, id }: Props) {
  const errorId = `${id}-error`;
  return (
    <Fieldset
      id={id}
      tabIndex={-1}
      legend="Hvor er barnet på Børnelinealen?"
      aria-describedby={error ? errorId : undefined}
    >
      <Text size="sm" mb="xs">
        10 betyder, at barnet trives. 1 betyder, at barnet er i alvorlig fare. Vælg det tal, der passer bedst
        på det, du ser nu.
      </Text>
      <div className={classes.scale}>
        {BANDS.map((band) => {
          const descriptionId = `${id}-band-${band.id}`;
          return (
            <div key={band.id} className={`${classes.band} ${classes[band.id]}`}>
              <div className={classes.levels}>
                {levelsOf(band).map((level) => (
                  <span key={level} className={classes.level}>
                    <input
                      type="radio"
                      id={`${id}-${level}`}
                      name={`${id}-level`}
                      value={level}
                      checked={value === level}
                      onChange={() => onChange(level)}
                      aria-describedby={descriptionId}
                      aria-invalid={error ? true : undefined}
                    />
                    <label htmlFor={`${id}-${level}`}>
                      {level}
                      <VisuallyHidden> – {band.label}</VisuallyHidden>
                    </label>
                  </span>
                ))}
              </div>
              <div id={descriptionId}>
                <span className={classes.bandName}>{band.label}</span>
                <Text className={classes.bandText}>{band.description}</Text>
              </div>
            </div>
          );
        })}
      </div>
      {error && (
        <Text id={errorId} c="var(--mantine-color-error)" size="sm" mt="xs">
          {error}
        </Text>
      )}
    </Fieldset>
  );
}
