import { describe, expect, it } from 'vitest';
import { feedbackText, receiptText } from './receipt.ts';

describe('the receipt text', () => {
  it('confirms the time of receipt in Copenhagen time without naming the child', () => {
    const text = receiptText({
      reporterName: 'Lærer Hansen',
      organisation: 'Nordskolen',
      receivedAt: new Date('2026-03-02T08:05:00Z'),
      reference: 'U-1234',
      municipalityName: 'Demo Kommune',
    });
    expect(text).toContain('Kære Lærer Hansen (Nordskolen)');
    expect(text).toMatch(/2\. marts 2026.*09[.:]05/);
    expect(text).toContain('Barnets Lov § 137');
    expect(text).toContain('U-1234');
  });
});

describe('the feedback text', () => {
  it('says only whether an assessment was started', () => {
    const text = feedbackText({
      reporterName: null,
      organisation: null,
      receivedAt: new Date('2026-03-02T08:05:00Z'),
      reference: 'U-1',
      municipalityName: 'Demo Kommune',
      outcome: 'assessment',
    });
    expect(text).toContain('Kære underretter');
    expect(text).toContain('der er iværksat en børnefaglig undersøgelse');
  });
});
