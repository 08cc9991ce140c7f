// Comments on a shared item, as the goal, plan and reflection pages show them.
export { CommentsSection, type CommentAnchor } from './CommentsSection';
