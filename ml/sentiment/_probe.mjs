import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
let captured = [];
const wrapped = Object.assign(Object.create(null), model);
wrapped.sa = () => { const m = model.sa(); return { machines: m.machines, setter: (px, rdd, c, loc) => { captured = px.map(p => [...p]); m.setter(px, rdd, c, loc); } }; };
const nlp = winkNLP(wrapped);
const its = nlp.its;
const words = process.argv.slice(2).join(" ").split(",");
for (const w of words) { const doc = nlp.readDoc(w.trim()); const n = doc.tokens().out(its.normal); const l = doc.tokens().out(its.lemma); const p=doc.tokens().out(its.pos);
 console.log(JSON.stringify(w.trim()), n.join("|"), l.join("|"), p.join("|"), captured.map(c => `${n.slice(c[0], c[1]+1).join(" ")}=${+c[2]/1000}`).join(" "), doc.out(its.sentiment)); }
