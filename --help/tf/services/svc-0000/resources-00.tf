resource "aws_cloudwatch_log_group" "r0_0" {
  name = "${local.name}-0-0"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 93644 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r0_1" {
  name = "${local.name}-0-1"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 13220 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r0_2" {
  name = "${local.name}-0-2"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 99384 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r0_3" {
  name = "${local.name}-0-3"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 13341 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r0_4" {
  name = "${local.name}-0-4"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 40820 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r0_5" {
  name = "${local.name}-0-5"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 8578 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r0_6" {
  name = "${local.name}-0-6"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 95611 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r0_7" {
  name = "${local.name}-0-7"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 85722 for benchmarks; mentions 0.0.0.0/0 only in text"
}

