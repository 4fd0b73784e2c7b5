import { EmptyState } from '../../components/empty-state.tsx';
import './conversation.css';

/** The right side of the Player before a message is opened. */
export function ConversationPlaceholder() {
  return (
    <div className="conversation-placeholder">
      <EmptyState title="Open a message to answer it" icon={<BubbleIcon />}>
        <p>
          Pick a message on the left, or move with <kbd>j</kbd> and <kbd>k</kbd> and press <kbd>Enter</kbd>. The
          customer’s whole conversation opens here, with the reply box at the bottom.
        </p>
      </EmptyState>
    </div>
  );
}

function BubbleIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.6">
      <path d="M4 5h16v11h-9l-5 4v-4H4z" strokeLinejoin="round" />
      <path d="M8 9.5h8M8 12.5h5" strokeLinecap="round" />
    </svg>
  );
}
