/** One headline figure: the number, what it counts, and what it is out of. */
export function HeadlineFigure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="headline-figure">
      <dt>{label}</dt>
      <dd>
        <span className="headline-value">{value}</span>
        {detail && <span className="headline-detail"> {detail}</span>}
      </dd>
    </div>
  );
}
