import { z } from 'zod';

/** Paper sizes a plan or a meeting can be printed on (Chromium's names for them). */
export const pdfPageSizeSchema = z.enum(['A4', 'Letter']);
export type PdfPageSize = z.infer<typeof pdfPageSizeSchema>;
