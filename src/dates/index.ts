// Placeholder entry point of the date service; the full reader lands with the dates work.
export interface DateOptions {
  defaultTimeZone?: string;
}

export function parseDate(text: string, options: DateOptions = {}): Date | null {
  void options;
  if (typeof text !== 'string' || text.length > 200) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time);
}
