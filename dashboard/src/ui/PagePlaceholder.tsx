/** What a view shows before it has a year to show: a skeleton while loading, else why it is empty. */
export function PagePlaceholder({ loading, emptyText }: { loading: boolean; emptyText: string }) {
  return <section className="page">{loading ? <div className="page-skeleton" /> : <p className="muted">{emptyText}</p>}</section>;
}
