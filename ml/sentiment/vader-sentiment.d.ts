/** Types for the parts of `vader-sentiment` (npm, JavaScript port of VADER) that the evaluation uses. */
declare module "vader-sentiment" {
  const vader: {
    SentimentIntensityAnalyzer: {
      polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
    };
  };
  export default vader;
}
