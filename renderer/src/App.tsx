export function App() {
  return (
    <main>
      <h1>Tandem</h1>
    </main>
  );
}
