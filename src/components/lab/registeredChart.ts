import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	ScatterController,
	Tooltip,
} from 'chart.js';

// Named imports (rather than the whole namespace) let the bundler drop the controllers, scales and plugins the
// course never draws: doughnut, radar, polar area, time and logarithmic scales, filler, decimation and the rest.
Chart.register(
	LineController,
	LineElement,
	PointElement,
	BarController,
	BarElement,
	ScatterController,
	CategoryScale,
	LinearScale,
	Legend,
	Tooltip,
);

export { Chart as registeredChart };
