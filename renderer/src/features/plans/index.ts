// A plan's progress block, which the printed plan shows as the editor does.
export { PlanProgressView } from './PlanProgressView';
