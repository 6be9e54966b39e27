import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Section } from '../ui/section.tsx';
import classes from './analysis.module.css';
import type { GapView } from './catalog-api.ts';

interface RuleGroup {
  rule: string;
  label: string;
  gaps: GapView[];
}

/** Gaps of the same rule together, in the order the server found them. */
function byRule(gaps: GapView[]): RuleGroup[] {
  const groups: RuleGroup[] = [];
  for (const gap of gaps) {
    const group = groups.find((g) => g.rule === gap.rule);
    if (group) group.gaps.push(gap);
    else groups.push({ rule: gap.rule, label: gap.ruleLabel, gaps: [gap] });
  }
  return groups;
}

/**
 * The named gaps: one card per rule, its name in plain Danish, and what is missing where. The
 * word "Hul" and the count carry the message; the orange edge only repeats it.
 */
export function GapsList({ gaps }: { gaps: GapView[] }) {
  const title = gaps.length === 0 ? 'Huller i tilbudsviften' : `Huller i tilbudsviften (${gaps.length})`;
  return (
    <Section id="analysis-gaps" title={title}>
      {gaps.length === 0 ? (
        <Text>Analysen fandt ingen huller efter de regler, kommunen bruger.</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {byRule(gaps).map((group) => (
            <li key={group.rule}>
              <Card withBorder padding="md" className={classes.gap}>
                <Stack gap={6}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Badge variant="outline" color="orange.9" c="black" style={{ flexShrink: 0 }}>
                      {group.gaps.length === 1 ? 'Hul' : `${group.gaps.length} huller`}
                    </Badge>
                    <Title order={3} size="h4">
                      {group.label}
                    </Title>
                  </Group>
                  {group.gaps.length === 1 && group.gaps[0] ? (
                    <Text>{group.gaps[0].description}</Text>
                  ) : (
                    <List spacing={4}>
                      {group.gaps.map((gap) => (
                        <List.Item key={`${gap.stepId ?? ''}-${gap.ageBand ?? ''}-${gap.description}`}>
                          {gap.description}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
              </Card>
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}
