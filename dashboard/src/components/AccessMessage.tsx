/** What a user sees instead of figures they may not read: the page never asks the graph for them. */
export function AccessMessage({ message }: { message: string }) {
  return (
    <p className="state state-access" role="alert">
      {message}
    </p>
  );
}
