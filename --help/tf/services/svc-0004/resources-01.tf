resource "aws_sqs_queue" "r1_0" {
  name = "${local.name}-1-0"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 74070 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r1_1" {
  name = "${local.name}-1-1"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 31070 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r1_2" {
  name = "${local.name}-1-2"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 36528 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r1_3" {
  name = "${local.name}-1-3"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 11189 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r1_4" {
  name = "${local.name}-1-4"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 43573 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r1_5" {
  name = "${local.name}-1-5"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 21600 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r1_6" {
  name = "${local.name}-1-6"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 71115 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r1_7" {
  name = "${local.name}-1-7"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 71119 for benchmarks; mentions 0.0.0.0/0 only in text"
}

