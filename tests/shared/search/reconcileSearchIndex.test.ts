import { describe, expect, it } from 'vitest';
import { planSearchReconcile, type ReconcileEntry } from '../../../shared/search/reconcileSearchIndex';

const entry = (id: string, updatedAt: number, deletedAt: number | null = null): ReconcileEntry => ({
  id,
  updatedAt,
  deletedAt,
});

describe('planSearchReconcile', () => {
  it('has nothing to do when every entry is indexed at its current date', () => {
    const indexed = new Map([
      ['a', 10],
      ['b', 20],
    ]);
    expect(planSearchReconcile(indexed, [entry('a', 10), entry('b', 20)])).toEqual({
      toIndex: [],
      toRemove: [],
    });
  });

  it('indexes new and changed entries, most recently edited first', () => {
    const indexed = new Map([
      ['a', 10],
      ['b', 20],
    ]);
    const plan = planSearchReconcile(indexed, [
      entry('a', 15),
      entry('b', 20),
      entry('c', 30),
      entry('d', 5),
    ]);
    expect(plan).toEqual({ toIndex: ['c', 'a', 'd'], toRemove: [] });
  });

  it('treats an older date as stale too (clock skew, undo, restored backup)', () => {
    expect(planSearchReconcile(new Map([['a', 10]]), [entry('a', 9)]).toIndex).toEqual(['a']);
  });

  it('removes soft-deleted entries and entries gone from the vault', () => {
    const indexed = new Map([
      ['kept', 1],
      ['trashed', 1],
      ['purged', 1],
    ]);
    const plan = planSearchReconcile(indexed, [entry('kept', 1), entry('trashed', 1, 50)]);
    expect(plan).toEqual({ toIndex: [], toRemove: ['trashed', 'purged'] });
  });

  it('does not index deleted entries that were never indexed', () => {
    expect(planSearchReconcile(new Map(), [entry('x', 1, 2)])).toEqual({ toIndex: [], toRemove: [] });
  });

  it('brings back a restored entry', () => {
    // Removal dropped its date, so the restored entry looks new, whatever its updatedAt.
    expect(planSearchReconcile(new Map(), [entry('r', 1)])).toEqual({ toIndex: ['r'], toRemove: [] });
  });
});
