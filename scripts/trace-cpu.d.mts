/** Types of scripts/trace-cpu.mjs for the tests (the script is plain JavaScript). */
type TraceEvent = Record<string, unknown>;
export const CPU_TRACE_CATEGORIES: string;
export function measuresCpu(
  events: readonly TraceEvent[],
  names: readonly string[],
): { name: string; wall: number; cpu: number }[];
export function threadCpuAtMarks(
  events: readonly TraceEvent[],
  marks: readonly string[],
): Record<string, number>;
export function moduleCompileCpu(events: readonly TraceEvent[], mark: string): Record<string, number>;
export function startCpuTrace(cdp: unknown): Promise<{ stop(): Promise<TraceEvent[]> }>;
