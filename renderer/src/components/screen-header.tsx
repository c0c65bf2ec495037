/** The title block every screen starts with; the title is the page's h1 for screen readers. */
export const ScreenHeader = ({ title, intro }: { title: string; intro?: string }) => (
  <header className="screen-header">
    <h1 id="screen-title">{title}</h1>
    {intro ? <p className="screen-intro">{intro}</p> : null}
  </header>
);
