/** Parley's mark: a speech bubble on indigo. */
export function LogoMark() {
  return (
    <svg className="logo-mark" viewBox="0 0 32 32" width="24" height="24" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="currentColor" />
      <path d="M9 9h14v10h-8l-5 4v-4H9z" fill="white" />
    </svg>
  );
}
