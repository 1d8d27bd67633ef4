resource "aws_lambda_function" "r4_0" {
  name = "${local.name}-4-0"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 42328 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r4_1" {
  name = "${local.name}-4-1"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 50278 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r4_2" {
  name = "${local.name}-4-2"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 23736 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r4_3" {
  name = "${local.name}-4-3"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 78571 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r4_4" {
  name = "${local.name}-4-4"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 89252 for benchmarks; mentions 0.0.0.0/0 only in text"
}

