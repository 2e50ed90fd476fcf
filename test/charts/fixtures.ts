/**
 * Small chart inputs shared by the chart and report tests. Values: 2024 四大板块 GDP (亿元) as given
 * in the reference report (东部 702356, 中部 287156, 西部 287350, 东北 63451); other numbers are
 * made up for layout only.
 */
export const REGION_GDP_2024 = [
  { name: "东部", value: 702356 },
  { name: "中部", value: 287156 },
  { name: "西部", value: 287350 },
  { name: "东北", value: 63451 },
];

export const YEARS = ["2020", "2021", "2022", "2023", "2024"];
