// A plan's progress block, which the printed plan shows as the editor does.
export { PlanProgressView } from './PlanProgressView';
// The paper size choice and its default, which the meeting's PDF export offers too.
export { defaultPageSize, PaperSizeChoice } from './ExportPdfDialog';
