// The guest's cost per launch, as results.json's notes record it (pipeline/guest.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guestCostNote } from '../../src/pipeline/guest.ts';

test('per-launch overhead: qemu wall time beyond the command, median over the boots that ran one', () => {
  const note = guestCostNote([
    { wallMs: 26_000, upS: 7, ranS: 9 },
    { wallMs: 30_000, upS: 8, ranS: 12 },
    { wallMs: 20_000, upS: 6, ranS: 7 },
    { wallMs: 25_000, upS: null, ranS: null },
  ]);
  assert.equal(note, 'emulated guest: 4 boots; per launch a median 24.0 s of qemu\'s wall time beyond the command (kernel to init 7.0 s of guest uptime)');
});
