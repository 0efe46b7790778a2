// A browser test clicks through a whole flow against the real app; on a busy two-core machine that takes a while.
jest.setTimeout(120_000);
