// The milestones-done-per-month chart, which the printed plan shows too.
export { MonthlyDoneChart } from './MonthlyDoneChart';
