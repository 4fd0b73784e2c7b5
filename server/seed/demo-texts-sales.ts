import type { InboundTemplate } from './demo-topics.ts';

/** What businesses, clubs and schools write to Northwind Outfitters' Sales team. */
export const salesOpenings: readonly InboundTemplate[] = [
  // pricing
  { topic: 'pricing', title: 'Club pricing inquiry', text: "Hi! Do you offer team pricing for outdoor clubs? We're about {seats} members." },
  { topic: 'pricing', title: 'Wholesale price list', text: "What's your wholesale price for the {product}? We run a small outdoor shop in {city}." },
  { topic: 'pricing', title: 'School discount', text: 'Is there a discount for schools? Looking at {qty} rain jackets for our outdoor education programme.' },
  { topic: 'pricing', title: 'Quote for branded units', text: 'Can you send a quote for {qty} units of the {product} with our logo embroidered on the chest?' },
  { topic: 'pricing', title: 'Shipping included in quote?', text: 'Do your business prices include shipping for orders to {country}?' },
  { topic: 'pricing', title: 'Quote still valid?', text: 'We got a quote from you last month (ref {quote}). Is it still valid?' },
  { topic: 'pricing', title: 'Payment terms for business', text: 'What are your payment terms for business accounts? We usually work on net 30.' },
  { topic: 'pricing', title: 'Volume pricing tiers', text: 'Is there volume pricing past {qty} units, or is the unit price flat?' },
  // demo
  { topic: 'demo', title: 'Catalogue walkthrough call', text: 'Could someone walk us through your corporate gifting catalogue? Happy to do a call on {weekday}.' },
  { topic: 'demo', title: 'Showroom visit', text: 'Do you have a showroom in {city} where we could see the {product} before ordering in bulk?' },
  { topic: 'demo', title: 'Sample request', text: "We'd like samples of the {product} in three sizes before committing. Is that possible?" },
  { topic: 'demo', title: 'Staff uniform call', text: 'Can I book a video call with a sales rep to go over uniform options for our {seats} staff?' },
  { topic: 'demo', title: 'Workwear lookbook', text: 'Is there a lookbook or PDF of the workwear range I can share with my manager?' },
  // bulk
  { topic: 'bulk', title: 'Retreat bulk order', text: 'We need {qty} of the {product} for a company retreat in {month}. Can you deliver by then?' },
  { topic: 'bulk', title: 'Embroidery minimum order', text: "What's the minimum order quantity for custom embroidery?" },
  { topic: 'bulk', title: 'Volunteer fleece order', text: 'Looking to order {qty} fleeces for our volunteers. Can you do mixed sizes in one order?' },
  { topic: 'bulk', title: 'Rush bulk order', text: 'Our event is in {days} days. Can you still fulfil {qty} units of the {product}?' },
  { topic: 'bulk', title: 'Split bulk delivery', text: 'Can we split one bulk order across two delivery addresses ({city} and {city2})?' },
  { topic: 'bulk', title: 'Long-term supplier inquiry', text: "We're a {company} in {city} looking for a long-term supplier of outdoor gear. Who should I talk to?" },
  { topic: 'bulk', title: 'Reseller agreement', text: "Do you offer reseller agreements? We'd love to carry Northwind in our store in {city}." },
  { topic: 'bulk', title: 'Follow-up on quote', text: 'Hi, just following up on the bulk quote I asked for on {weekday}. Any news?' },
  { topic: 'bulk', title: 'Custom colour request', text: 'Could we get {qty} of the {product} in our brand colour (Pantone 7741 C)?' },
];
