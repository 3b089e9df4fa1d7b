// Static (○), at the address and about the size of the app's /info (13–14 KB of HTML with its inline RSC data), so
// the app's headers() give it the same headers as the app's prerendered pages.
const TYPES = ["Car", "Bike", "Travel", "Health", "Business", "Home"];
const ITEMS = ["Accidental damage", "Theft and attempted theft", "Fire and lightning", "Third-party liability", "Legal expenses"];

export default function InfoLikePage() {
  return (
    <main>
      <h1>Static page</h1>
      {TYPES.map((t) => (
        <section key={t}>
          <h2>{`${t} insurance`}</h2>
          <p>{`${t} cover protects you against loss and damage, third-party liability and the costs that follow an accident, theft or fire, up to the sum insured shown on your schedule.`}</p>
          <ul>
            {ITEMS.map((x) => (
              <li key={x}>{`${x} for ${t.toLowerCase()} policies`}</li>
            ))}
          </ul>
          <a href={`/info/${t.toLowerCase()}`}>{`Read more about ${t.toLowerCase()} insurance`}</a>
        </section>
      ))}
    </main>
  );
}
