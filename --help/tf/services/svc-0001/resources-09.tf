resource "aws_sqs_queue" "r9_0" {
  name = "${local.name}-9-0"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 95248 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r9_1" {
  name = "${local.name}-9-1"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 91196 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r9_2" {
  name = "${local.name}-9-2"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 84693 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r9_3" {
  name = "${local.name}-9-3"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 73149 for benchmarks; mentions 0.0.0.0/0 only in text"
}

