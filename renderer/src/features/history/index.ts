// An item's version history, as the goal, plan and reflection pages show it.
export { ItemHistory } from './ItemHistory';
